package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.netmoe.core.InvalidArgumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning curve as CSV, and its window validation. */
class LearningCurveTest {
    private static final LearningCurve CURVE = new LearningCurve("dqn", List.of(
            new LearningCurve.Window(50, 730, 50, 0.75, 0.92, 14.6, 0.5, Double.NaN),
            new LearningCurve.Window(75, 900, 25, 0.875, 1.0, 6.8, 0.05, 1.5e-4)));

    @Test
    void csvHasTheHeaderAndOneLinePerWindow() {
        assertThat(CURVE.toCsv().split("\n")).containsExactly(LearningCurve.CSV_HEADER,
                "50,730,50,0.75,0.92,14.6,0.5,NaN", "75,900,25,0.875,1.0,6.8,0.05,1.5E-4");
        assertThat(LearningCurve.CSV_HEADER.split(",")).hasSize(8);
    }

    @Test
    void writesTheCsvToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("curve.csv");
        CURVE.writeCsv(file);
        assertThat(Files.readString(file)).isEqualTo(CURVE.toCsv());
    }

    @Test
    void lastWindowOfAnEmptyCurveIsAnError() {
        assertThat(CURVE.last().episode()).isEqualTo(75);
        assertThatThrownBy(() -> new LearningCurve("dqn", List.of()).last())
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("no windows");
    }

    @Test
    void windowsAreValidated() {
        assertThatThrownBy(() -> new LearningCurve.Window(1, 1, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("episodes");
        assertThatThrownBy(() -> new LearningCurve.Window(1, 1, 1, 0, 1.5, 0, 0, 0))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("successRate");
    }
}
