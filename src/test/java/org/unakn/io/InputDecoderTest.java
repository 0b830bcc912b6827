package org.unakn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unakn.ConversionException;

class InputDecoderTest {
    private final InputDecoder decoder = new InputDecoder(1000);

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE5, (byte) 0xA4, (byte) 0xA7};
        assertThat(decoder.decode(bytes, Optional.empty())).isEqualTo("大");
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() {
        byte[] bytes = {(byte) 0xFE, (byte) 0xFF, 0x59, 0x27};
        assertThat(decoder.decode(bytes, Optional.empty())).isEqualTo("大");
    }

    @Test
    void namesTheLineOfTheFirstUndecodableByte() {
        byte[] bytes = "第一行\n第二行".getBytes(Charset.forName("GB18030"));
        assertThatThrownBy(() -> decoder.decode(bytes, Optional.empty()))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("not valid UTF-8 at byte 0")
                .satisfies(e -> assertThat(((ConversionException) e).line()).isEqualTo(1));
    }

    @Test
    void decodesANamedEncoding() {
        byte[] bytes = "大会，".getBytes(Charset.forName("GB18030"));
        assertThat(decoder.decode(bytes, Optional.of(Charset.forName("GB18030")))).isEqualTo("大会，");
    }

    @Test
    void rejectsInputOverTheSizeLimit() {
        assertThatThrownBy(() -> decoder.decode(new byte[1001], Optional.empty())).hasMessageContaining("over the limit of 1000 bytes");
    }

    @Test
    void rejectsNulCharactersAsBinary() {
        assertThatThrownBy(() -> decoder.decode("a\nb\0c".getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .hasMessageContaining("NUL")
                .satisfies(e -> assertThat(((ConversionException) e).line()).isEqualTo(2));
    }
}
