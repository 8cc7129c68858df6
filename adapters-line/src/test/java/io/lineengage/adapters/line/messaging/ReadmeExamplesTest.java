package io.lineengage.adapters.line.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's message of each type is the one the sandbox test sends, so what users copy is known to pass. */
class ReadmeExamplesTest {
    @Test
    void theReadmeShowsTheTestedExamples() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int marker = readme.indexOf("<!-- template-examples");
        int start = readme.indexOf("```json\n", marker) + "```json\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        ObjectMapper json = new ObjectMapper();
        assertThat(marker).isPositive();
        assertThat(json.readTree(block)).isEqualTo(json.readTree(getClass().getResource("/template-examples.json")));
    }
}
