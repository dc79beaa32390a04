package io.github.netmoe.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextToolsTest {
    @Test
    void stemsMeetAcrossInflections() {
        for (List<String> family : List.of(List.of("collect", "collecting", "collected", "collection"),
                List.of("drop", "dropped", "drops", "dropping"), List.of("reliable", "reliably", "reliability"),
                List.of("interrupted", "interruptions", "interrupt"), List.of("game", "gaming", "games"),
                List.of("safe", "safely", "safety"), List.of("explore", "exploring", "exploration"))) {
            assertThat(family.stream().map(Stemmer::stem).distinct()).as(family.toString()).hasSize(1);
        }
    }

    @Test
    void typoToleranceGrowsWithWordLength() {
        assertThat(Fuzzy.close("gaol", "goal")).isTrue();
        assertThat(Fuzzy.close("eror", "error")).isTrue();
        assertThat(Fuzzy.close("like", "live")).isFalse();
        assertThat(Fuzzy.close("prise", "prize")).isTrue();
        assertThat(Fuzzy.close("shortst", "shortest")).isTrue();
        assertThat(Fuzzy.close("uninterupted", "uninterrupted")).isTrue();
        assertThat(Fuzzy.close("trip", "trap")).isFalse();
        assertThat(Fuzzy.close("teach", "reach")).isFalse();
        assertThat(Fuzzy.distance("abcdef", "azcyef", 5)).isEqualTo(2);
    }

    @Test
    void tokensSplitClausesAtPunctuationAndClauseWords() {
        List<Token> tokens = Tokens.of("Don't collect the prize and reach the goal, then stop");
        assertThat(tokens.get(0).word()).isEqualTo("dont");
        assertThat(tokens.stream().filter(Token::clauseBreak).map(Token::word)).containsExactly("and", ",", "then");
        assertThat(Tokens.of("ignore the prize and the trap").stream().filter(Token::clauseBreak)).isEmpty();
        assertThat(Tokens.splitIdentifier("bitErrorRate")).isEqualTo("bit Error Rate");
    }
}
