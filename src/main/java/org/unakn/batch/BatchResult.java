package org.unakn.batch;

import java.util.List;

/**
 * What became of one input file: converted (with what it holds) or failed (with why).
 *
 * @param input     the input path, relative to the input folder, with "/" separators
 * @param problems  why the file failed; empty when it converted
 */
public record BatchResult(String input, boolean converted, String language, String symbol,
                          int preambularParagraphs, int operativeParagraphs, int footnotes, List<String> problems) {
    public BatchResult {
        problems = List.copyOf(problems);
    }

    static BatchResult failed(String input, String problem) {
        return new BatchResult(input, false, null, null, 0, 0, 0, List.of(problem));
    }
}
