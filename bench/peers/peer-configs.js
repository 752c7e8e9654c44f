// Writes what the peer tools need to check a generated configuration as the plugin does, where they
// can express it: the account schema bundled into one file (its common definitions inlined), a schema
// that adds the planted checks to it for ajv-cli, a Spectral ruleset with the schema and the same
// checks as rules, and the list of account files js-yaml can parse (ajv-cli stops at the first it
// cannot: the planted duplicate keys). Usage (NODE_PATH set to where js-yaml is):
//   node peer-configs.js <schemas-dir> <config-dir> <out-dir>
'use strict';
const fs = require('fs');
const path = require('path');
const [schemas, config, out] = process.argv.slice(2);

const account = JSON.parse(fs.readFileSync(path.join(schemas, 'account.schema.json'), 'utf8'));
const common = JSON.parse(fs.readFileSync(path.join(schemas, 'common.schema.json'), 'utf8'));

// One schema without references to other files: common's definitions become account's, renamed.
const rename = (node, inCommon) => {
  if (Array.isArray(node)) return node.map((item) => rename(item, inCommon));
  if (node && typeof node === 'object') {
    const copy = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        copy[key] = value.startsWith('common.schema.json#/$defs/')
          ? '#/$defs/common-' + value.slice('common.schema.json#/$defs/'.length)
          : inCommon && value.startsWith('#/$defs/') ? '#/$defs/common-' + value.slice(8) : value;
      } else {
        copy[key] = rename(value, inCommon);
      }
    }
    return copy;
  }
  return node;
};
const bundled = rename(account, false);
delete bundled.$id;
bundled.$defs = bundled.$defs || {};
for (const [name, def] of Object.entries(common.$defs || {})) {
  bundled.$defs['common-' + name] = rename(def, true);
}

// The units the organisation has: the keys under "units:" in organisation.yaml.
const organisation = fs.readFileSync(path.join(config, 'organisation.yaml'), 'utf8');
const units = [];
let inUnits = false;
for (const line of organisation.split('\n')) {
  if (/^units:\s*$/.test(line)) { inUnits = true; continue; }
  if (inUnits && /^\S/.test(line)) inUnits = false;
  const unit = inUnits && /^  ([A-Za-z0-9_-]+):\s*$/.exec(line);
  if (unit) units.push(unit[1]);
}

// The planted checks that a schema can express. A lapsed snapshot compares a date with today, which no
// schema can; a duplicate key is the YAML parser's error in both tools.
const identityNumber = '(^|[^0-9-])(19|20)?[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[-+][0-9]{4}([^0-9]|$)';
const checks = {
  properties: {
    unit: { enum: units },
    moderation: {
      properties: {
        moderators: { contains: { required: ['role'], properties: { role: { const: 'backup' } } } },
        responseTimeWorkingDays: { maximum: 5 },
      },
    },
  },
  required: ['notice'],
  $ref: '#/$defs/noIdentityNumber',
};
const withChecks = JSON.parse(JSON.stringify(bundled));
withChecks.$defs.noIdentityNumber = {
  if: { type: 'string' },
  then: { not: { pattern: identityNumber } },
  else: {
    additionalProperties: { $ref: '#/$defs/noIdentityNumber' },
    items: { $ref: '#/$defs/noIdentityNumber' },
  },
};
withChecks.allOf = (withChecks.allOf || []).concat([checks]);

const ruleset = {
  rules: {
    'account-schema': {
      given: '$', severity: 'error',
      then: { function: 'schema', functionOptions: { schema: bundled, dialect: 'auto' } },
    },
    'account-unit-exists': {
      given: '$.unit', severity: 'error',
      then: { function: 'enumeration', functionOptions: { values: units } },
    },
    'moderation-backup': {
      given: '$.moderation.moderators', severity: 'error',
      then: { function: 'schema', functionOptions: { schema: checks.properties.moderation.properties.moderators } },
    },
    'moderation-response-time': {
      given: '$.moderation.responseTimeWorkingDays', severity: 'error',
      then: { function: 'schema', functionOptions: { schema: { maximum: 5 } } },
    },
    'notice-present': {
      given: '$', severity: 'error',
      then: { field: 'notice', function: 'truthy' },
    },
    'personal-identity-number': {
      given: '$..*', severity: 'error',
      then: { function: 'pattern', functionOptions: { notMatch: identityNumber } },
    },
  },
};

// js-yaml reads an unquoted date as a Date, which a schema sees as an object: for ajv-cli such a
// value passes as the date it is (a quoted one is still checked as text).
const forAjv = (schema) => {
  const copy = JSON.parse(JSON.stringify(schema));
  copy.$defs['common-date'] = { anyOf: [copy.$defs['common-date'], { type: 'object' }] };
  return copy;
};

const yaml = require('js-yaml');
const parseable = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.ya?ml$/.test(entry.name)) {
      try {
        yaml.safeLoad(fs.readFileSync(file, 'utf8'));
        parseable.push(file);
      } catch (e) {
        // the parser's error is the finding
      }
    }
  }
};
walk(path.join(config, 'accounts'));

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'account.bundled.schema.json'), JSON.stringify(bundled, null, 2));
fs.writeFileSync(path.join(out, 'account.ajv.schema.json'), JSON.stringify(forAjv(bundled), null, 2));
fs.writeFileSync(path.join(out, 'account.ajv-checks.schema.json'), JSON.stringify(forAjv(withChecks), null, 2));
fs.writeFileSync(path.join(out, 'parseable.txt'), parseable.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'spectral.json'), JSON.stringify(ruleset, null, 2));
console.log(`units: ${units.length}, account files js-yaml parses: ${parseable.length}`);
