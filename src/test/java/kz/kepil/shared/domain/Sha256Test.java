package kz.kepil.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

    @Test
    void digestIsLowerCaseHexOfTheUtf8Bytes() {
        // The FIPS 180-2 test vector for "abc".
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("Кепіл")).isEqualTo(Sha256.hex("Кепіл".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
