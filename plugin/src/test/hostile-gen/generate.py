#!/usr/bin/env python3
"""Writes the hostile-input samples under src/test/resources/hostile/: one small file per class of
hostile input. Run it from plugin/ after changing a sample; the expected outcomes are in
src/test/resources/hostile/expected.txt."""
import os
import pathlib

OUT = pathlib.Path("src/test/resources/hostile/samples")
CARRIER = pathlib.Path("src/test/resources/rules/_base/accounts/kommunikation/facebook-testby.yaml").read_text("utf-8")
samples = {}


def text(name, value, encoding="utf-8"):
    samples[name] = value.encode(encoding)


def raw(name, value):
    samples[name] = value


def account(name, old, new, encode=lambda body: body.encode("utf-8")):
    """A complete account whose one value is replaced: typing traps, references, harmless oddities."""
    body = CARRIER.replace("handle: testbykommun", "handle: " + name).replace(
        "www.facebook.com/testbykommun", "www.facebook.com/" + name)
    assert old in body, old
    raw("account-" + name + ".yaml", encode(body.replace(old, new, 1)))


# Aliases, anchors, merge keys: rejected at their position, never expanded.
laughs = "kind: account\na0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    "a%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)) for i in range(1, 10))
text("alias-billion-laughs.yaml", laughs)
text("alias-small.yaml", "kind: account\nname: &n Testby\nhandle: *n\n")
text("alias-merge-key.yaml", "kind: account\nbase: &b {version: 1}\n<<: *b\n")
text("alias-merge-key-inline.yaml", "kind: account\n<<: {version: 1}\n")
# Nesting.
text("deep-flow.yaml", "kind: account\nx: " + "[" * 5000 + "]" * 5000 + "\n")
text("deep-block.yaml", "kind: account\n" + "".join("  " * i + "k%d:\n" % i for i in range(40)) + "  " * 40 + "v: 1\n")
# Size.
text("huge-file.yaml", "kind: account\nname: " + "x" * (2 * 1024 * 1024) + "\n")
text("huge-key.yaml", "kind: account\n" + "k" * 5000 + ": 1\n")
account("huge-value-under-limit", "name: Testby kommun", "name: Testby kommun " + "x" * (512 * 1024))
# Duplicate keys in every disguise.
text("dup-plain.yaml", "kind: account\nversion: 1\nkind: account\n")
text("dup-quoted.yaml", "kind: account\nversion: 1\n\"kind\": account\n")
text("dup-single-quoted.yaml", "kind: account\nversion: 1\n'kind': account\n")
text("dup-escaped.yaml", "kind: account\nversion: 1\n\"\\x6bind\": account\n")
text("dup-unicode-escape.yaml", "kind: account\nversion: 1\n\"\\u006Bind\": account\n")
text("dup-explicit-key.yaml", "kind: account\nversion: 1\n? kind\n: account\n")
text("dup-flow.yaml", "kind: account\nversion: 1\npurpose: {description: a, description: b}\n")
text("dup-nested-in-list.yaml", "kind: account\nversion: 1\nmoderation:\n  moderators:\n    - name: A\n      name: B\n")
text("dup-multiline-key.yaml", "kind: account\nversion: 1\n\"kin\n  d\": account\nkind: account\n")
# Tags and class-construction gadgets.
text("tag-gadget.yaml", "kind: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n")
text("tag-verbatim.yaml", "kind: account\nname: !<tag:yaml.org,2002:java.lang.Runtime> x\n")
text("tag-local.yaml", "kind: account\nname: !local x\n")
text("tag-standard-str.yaml", "kind: account\nname: !!str 123\n")
text("tag-binary.yaml", "kind: account\nname: !!binary aGVq\n")
text("tag-bad-escape.yaml", "!0%0")
text("tag-percent.yaml", "kind: account\nname: !!%1 x\n")
text("escape-truncated.yaml", "kind: account\nname: \"\\u")
# Encodings.
raw("enc-utf16le-bom.yaml", "\ufeffkind: account\n".encode("utf-16-le"))
raw("enc-utf16be-bom.yaml", "\ufeffkind: account\n".encode("utf-16-be"))
raw("enc-utf32.yaml", "\ufeffkind: account\n".encode("utf-32-le"))
raw("enc-latin1.yaml", "kind: account\nname: Malmö\n".encode("latin-1"))
raw("enc-overlong.yaml", b"kind: account\nname: a\xc0\xafb\n")
raw("enc-surrogate.yaml", b"kind: account\nname: a\xed\xa0\x80b\n")
raw("enc-truncated.yaml", b"kind: account\nname: a\xc3")
account("enc-utf8-bom", "kind: account", "kind: account", lambda body: b"\xef\xbb\xbf" + body.encode("utf-8"))
raw("enc-bom-inside.yaml", "kind: account\nname: a\ufeffb\n".encode("utf-8"))
raw("enc-beyond-unicode.yaml", b"kind: account\nname: a\xf4\x90\x80\x80b\n")
# Control characters.
text("ctl-nul.yaml", "kind: account\nname: a\u0000b\n")
text("ctl-escape.yaml", "kind: account\nname: a\u001b[31mb\n")
text("ctl-delete.yaml", "kind: account\nname: a\u007fb\n")
text("ctl-c1.yaml", "kind: account\nname: a\u009bb\n")
text("ctl-bidi-override.yaml", "kind: account\nname: \"a\u202eb\"\n")
text("ctl-bidi-isolate.yaml", "kind: account\nname: a\u2067b\n")
account("ctl-zero-width", "name: Testby kommun", "name: Testby\u200b kommun")
# Line breaks.
account("eol-cr-only", "kind: account", "kind: account", lambda body: body.replace("\n", "\r").encode("utf-8"))
account("eol-crlf", "kind: account", "kind: account", lambda body: body.replace("\n", "\r\n").encode("utf-8"))
text("eol-nel.yaml", "kind: account\nname: a\u0085b\n")
text("eol-line-separator.yaml", "kind: account\nname: a\u2028b\n")
text("eol-paragraph-separator.yaml", "kind: account\nname: a\u2029b\n")
text("eol-tab-indent.yaml", "kind: account\n\tname: x\n")
# Documents and directives.
text("doc-two.yaml", "kind: account\n---\nkind: account\n")
text("doc-end-then-more.yaml", "kind: account\n...\nname: x\n")
text("doc-yaml-directive.yaml", "%YAML 1.1\n---\nkind: account\n")
text("doc-tag-directive.yaml", "%TAG !e! tag:example.org,2026:\n---\nkind: account\n")
text("doc-empty.yaml", "")
text("doc-comments-only.yaml", "# nothing here\n# at all\n")
text("doc-null.yaml", "~\n")
text("doc-null-word.yaml", "null\n")
text("doc-start-only.yaml", "---\n")
text("root-scalar.yaml", "kind\n")
text("root-sequence.yaml", "- kind: account\n")
text("root-flow-sequence.yaml", "[kind, account]\n")
text("root-complex-key.yaml", "? [a, b]\n: c\n")
text("syntax-unclosed.yaml", "kind: account\nname: [unclosed\n")
text("syntax-bad-indent.yaml", "kind: account\n  version: 1\n name: x\n")
# YAML 1.1 typing traps in a complete account: strings stay strings, numbers are decimal, dates strict.
account("typing-norway", "name: Testby kommun", "name: NO")
account("typing-phone", "      email: anna.andersson@testby.se", "      email: 0701234567")
account("typing-impossible-date", "activated: 2019-03-01", "activated: 2019-02-30")
account("typing-hex", "hoursPerWeek: 10", "hoursPerWeek: 0x10")
account("typing-underscore", "hoursPerWeek: 10", "hoursPerWeek: 1_0")
account("typing-octal-looking", "hoursPerWeek: 10", "hoursPerWeek: 010")
account("typing-yes", "preserveBeforeRemoval: true", "preserveBeforeRemoval: yes")
account("typing-sexagesimal", "interval: P6M", "interval: 1:30")
account("typing-infinity", "hoursPerWeek: 10", "hoursPerWeek: .inf")
account("typing-float", "hoursPerWeek: 10", "hoursPerWeek: 1e1")
# References that leave the configuration root: findings, and the target is never opened.
account("ref-parent", "file: notices/standard.md", "file: ../../../../../../etc/passwd")
account("ref-absolute", "file: notices/standard.md", "file: /etc/passwd")
account("ref-inner-parent", "file: notices/standard.md", "file: notices/../../outside.md")
account("ref-backslash", "file: notices/standard.md", "file: notices\\..\\..\\outside.md")
account("ref-file-url", "file: notices/standard.md", "file: file:///etc/passwd")
account("ref-percent", "file: notices/standard.md", "file: \"%2e%2e/%2e%2e/etc/passwd\"")
account("ref-nul", "file: notices/standard.md", "file: \"notices/standard.md\\0.txt\"")
account("ref-missing", "file: notices/standard.md", "file: notices/missing.md")

OUT.mkdir(parents=True, exist_ok=True)
for old in OUT.iterdir():
    old.unlink()
for name, data in sorted(samples.items()):
    (OUT / name).write_bytes(data)
print(len(samples), "samples written to", OUT)
