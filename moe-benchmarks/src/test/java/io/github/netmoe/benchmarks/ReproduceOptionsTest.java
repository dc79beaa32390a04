package io.github.netmoe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReproduceOptionsTest {
    @Test
    void defaultsAndValues() throws Exception {
        ReproduceOptions d = ReproduceOptions.parse();
        assertThat(d.out()).isEqualTo(Path.of("report"));
        assertThat(d.episodes()).isEqualTo(1000);
        assertThat(d.llmBaseUrl()).isNull();
        ReproduceOptions o = ReproduceOptions.parse("--out", "x", "--seed", "7", "--episodes", "200", "--retrain",
                "--llm-base-url", "http://127.0.0.1:1/v1", "--llm-model", "m");
        assertThat(o).isEqualTo(new ReproduceOptions(Path.of("x"), 7, 200, true, "http://127.0.0.1:1/v1", "m", false));
        assertThat(ReproduceOptions.parse("--help").help()).isTrue();
    }

    @Test
    void wrongOptionsSayWhy() {
        assertThatThrownBy(() -> ReproduceOptions.parse("--bogus")).hasMessage("unknown option '--bogus'");
        assertThatThrownBy(() -> ReproduceOptions.parse("--seed")).hasMessage("--seed needs a value");
        assertThatThrownBy(() -> ReproduceOptions.parse("--seed", "x")).hasMessage("--seed 'x' is not a whole number");
        assertThatThrownBy(() -> ReproduceOptions.parse("--episodes", "5"))
                .hasMessage("--episodes 5 must be in [100, 1000000]");
        assertThatThrownBy(() -> ReproduceOptions.parse("--llm-model", "m"))
                .hasMessage("--llm-base-url and --llm-model go together");
        assertThatThrownBy(() -> ReproduceOptions.parse("--llm-base-url", "ftp://x", "--llm-model", "m"))
                .hasMessageContaining("must start with http");
    }
}
