package io.github.somepolicy.register;

import static io.github.somepolicy.register.RegisterFixtures.SWEDISH;
import static io.github.somepolicy.register.RegisterFixtures.exampleConfig;
import static io.github.somepolicy.register.RegisterFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterGeneratorTest {

    @TempDir
    Path out;

    @Test
    void writesTheRegisterOfTheExampleConfiguration() throws Exception {
        RegisterResult result = new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        for (Path p : result.written()) {
            System.out.println("=== " + p);
            System.out.println(Files.readString(p));
        }
        assertThat(result.register().active()).isNotEmpty();
    }
}
