package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The user properties follow one scheme, and the names documented before it still reach their parameter. */
class PropertyNamesTest {

    private static Properties of(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void anOlderNameGivesItsValueWhenTheNewOneIsMissing() {
        assertThat(PropertyNames.olderValue(
                        PropertyNames.DIFF_FORMATS, of("somepolicy.diffFormats", "json"), new Properties()))
                .contains("json");
        assertThat(PropertyNames.olderValue(
                        PropertyNames.RECORDS_DIRECTORY, new Properties(), of("somepolicy.records.directory", "out")))
                .contains("out");
    }

    @Test
    void theNewNameWinsOverAnOlderOne() {
        Properties user = of("somepolicy.diffFormats", "json", PropertyNames.DIFF_FORMATS, "markdown");
        assertThat(PropertyNames.olderValue(PropertyNames.DIFF_FORMATS, user, null))
                .isEmpty();
    }

    @Test
    void aNameWithoutAnOlderOneHasNothingToTakeOver() {
        assertThat(PropertyNames.olderValue(PropertyNames.FAIL_ON, of("somepolicy.diffFormats", "json"), null))
                .isEmpty();
    }

    @Test
    void everyNameFollowsTheScheme() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : PropertyNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        assertThat(names).hasSizeGreaterThan(10).allSatisfy(name -> assertThat(name)
                .matches("somepolicy\\.([a-z]+\\.)?[a-z][A-Za-z]*"));
        assertThat(PropertyNames.OLDER.values())
                .allSatisfy(name -> assertThat(names).contains(name));
        assertThat(PropertyNames.OLDER.keySet()).doesNotContainAnyElementsOf(names);
    }
}
