package org.unakn.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.unakn.ConversionException;

/**
 * Turns the bytes of an input file into text. UTF-8 (with or without a byte-order mark) and UTF-16
 * with a byte-order mark are recognised; any other encoding must be named. Decoding is strict:
 * bytes that are not valid in the encoding are an error that says where they are, never silently
 * replaced, because a replaced character is a lost character.
 */
public final class InputDecoder {
    /** Default upper bound on the input size; a resolution with annexes is well under 2 MB. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public InputDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public InputDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public String decode(byte[] bytes, Optional<Charset> declared) {
        if (bytes.length == 0) {
            throw new ConversionException("the input is empty");
        }
        if (bytes.length > maxBytes) {
            throw new ConversionException("the input is " + bytes.length + " bytes, over the limit of " + maxBytes
                    + " bytes (raise it with --max-bytes)");
        }
        Charset charset;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            charset = declared.orElse(StandardCharsets.UTF_8);
        }
        String text = strictDecode(bytes, skip, charset, declared.isEmpty());
        rejectBinary(text);
        return text;
    }

    private static String strictDecode(byte[] bytes, int skip, Charset charset, boolean guessed) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            int offset = findBadOffset(bytes, skip, charset);
            String hint = guessed ? " (if the file is in another encoding, such as GB18030, name it with --encoding)" : "";
            throw new ConversionException("the input is not valid " + charset.name() + " at byte " + offset + hint,
                    lineOfByte(bytes, offset));
        } catch (CharacterCodingException e) {
            throw new ConversionException("the input cannot be decoded as " + charset.name() + ": " + e.getMessage());
        }
    }

    private static int findBadOffset(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** NUL and most C0 controls never occur in extracted text; many of them mean a binary file. */
    private static void rejectBinary(String text) {
        int line = 1;
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == 0) {
                throw new ConversionException("the input contains a NUL character; it looks like a binary file, not extracted text", line);
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
                if (++controls > 8) {
                    throw new ConversionException("the input contains control characters; it looks like a binary file, not extracted text", line);
                }
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
