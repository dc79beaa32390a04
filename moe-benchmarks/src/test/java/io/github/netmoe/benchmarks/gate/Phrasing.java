package io.github.netmoe.benchmarks.gate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of {@code /gate/phrasings.tsv}.
 *
 * @param environment {@code gridworld} or {@code nsp-wireless}
 * @param category {@code paper}, {@code paraphrase}, {@code negation} or {@code typo}
 * @param requirement the requirement text
 * @param objectives the expected objective ids
 * @param rule the expected {@link RuleSignature}
 */
record Phrasing(String environment, String category, String requirement, Set<String> objectives, String rule) {
    static final String RESOURCE = "/gate/phrasings.tsv";

    static List<Phrasing> table() {
        List<Phrasing> rows = new ArrayList<>();
        try (InputStream in = Phrasing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException("bad row (need 5 tab-separated fields): " + line);
                }
                rows.add(new Phrasing(f[0], f[1], f[2], new TreeSet<>(Arrays.asList(f[3].split(","))), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
