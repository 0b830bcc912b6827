package org.unakn.structure;

/**
 * Sequences of sub-paragraph labels: letters (a, b, ..., z, aa, bb, ...) and lower-case Roman
 * numerals (i, ii, iii, ...). "i" is both the ninth letter and the first numeral; the caller
 * decides by position (it follows "h" or opens a new list).
 */
final class Numbering {
    private Numbering() {
    }

    static boolean isFirst(String label) {
        return label.equals("a") || label.equals("i");
    }

    static boolean follows(String previous, String label) {
        return label.equals(nextLetter(previous)) || (isRoman(previous) && isRoman(label) && roman(label) == roman(previous) + 1);
    }

    private static String nextLetter(String label) {
        if (label.length() == 1 && label.charAt(0) >= 'a' && label.charAt(0) < 'z') {
            return String.valueOf((char) (label.charAt(0) + 1));
        }
        if (label.equals("z")) {
            return "aa";
        }
        if (label.length() == 2 && label.charAt(0) == label.charAt(1) && label.charAt(0) < 'z') {
            char c = (char) (label.charAt(0) + 1);
            return "" + c + c;
        }
        return null;
    }

    static boolean isRoman(String label) {
        return label.matches("[ivxl]+") && roman(label) > 0;
    }

    static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
