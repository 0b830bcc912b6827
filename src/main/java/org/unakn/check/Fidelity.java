package org.unakn.check;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.Optional;

/**
 * The "nothing lost" check: the text of an AKN document, whitespace ignored, must be exactly the
 * document's text in order, footnote texts apart. The body text (everything outside {@code meta}
 * and outside the notes) must equal the body lines; the notes' texts, in the order they appear,
 * must equal the footnote texts in the order they were printed.
 */
public final class Fidelity {
    /** A line of expected text and the input line it came from. */
    public record Line(int number, String text) {
    }

    private Fidelity() {
    }

    /** The first difference, described for a user, or empty when the texts agree. */
    public static Optional<String> check(String xml, List<Line> body, List<Line> notes) {
        StringBuilder actualBody = new StringBuilder();
        StringBuilder actualNotes = new StringBuilder();
        try {
            XMLStreamReader r = Xml.reader(xml);
            int metaDepth = 0;
            int noteDepth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (metaDepth > 0 || r.getLocalName().equals("meta")) {
                        metaDepth++;
                    } else if (noteDepth > 0 || r.getLocalName().equals("authorialNote")) {
                        noteDepth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (metaDepth > 0) {
                        metaDepth--;
                    } else if (noteDepth > 0) {
                        noteDepth--;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && metaDepth == 0) {
                    squash(r.getText(), noteDepth > 0 ? actualNotes : actualBody);
                }
            }
        } catch (XMLStreamException e) {
            return Optional.of("the AKN output is not well-formed: " + e.getMessage());
        }
        Optional<String> b = compare(body, actualBody, "text");
        return b.isPresent() ? b : compare(notes, actualNotes, "footnote text");
    }

    private static Optional<String> compare(List<Line> expected, CharSequence actual, String what) {
        int at = 0;
        for (Line line : expected) {
            StringBuilder e = new StringBuilder();
            squash(line.text(), e);
            for (int i = 0; i < e.length(); i++, at++) {
                if (at >= actual.length() || actual.charAt(at) != e.charAt(i)) {
                    return Optional.of(what + " lost or altered at input line " + line.number() + ": expected \""
                            + excerpt(e, i) + "\" but the AKN has \"" + excerpt(actual, at) + "\"");
                }
            }
        }
        if (at < actual.length()) {
            return Optional.of(what + " added that is not in the input: \"" + excerpt(actual, at) + "\"");
        }
        return Optional.empty();
    }

    private static String excerpt(CharSequence s, int from) {
        int end = Math.min(s.length(), from + 20);
        return from >= s.length() ? "" : s.subSequence(from, end).toString();
    }

    private static void squash(String s, StringBuilder into) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                into.append(c);
            }
        }
    }
}
