package org.seedprint.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The public base URL: configured, or the address the server listens on. */
class PublicUrlTest {

    @Test
    void aConfiguredUrlIsUsedWithoutItsTrailingSlash() {
        var env = new MockEnvironment()
                .withProperty("seedprint.public-url", "https://registry.example.org/")
                .withProperty("local.server.port", "8381");
        assertThat(new PublicUrl(env).link("/verify?deposit=1"))
                .isEqualTo("https://registry.example.org/verify?deposit=1");
    }

    @Test
    void withoutConfigurationItIsTheAddressAndPortTheServerListensOn() {
        var env = new MockEnvironment().withProperty("server.port", "0").withProperty("local.server.port", "8383");
        assertThat(new PublicUrl(env).base()).isEqualTo("http://localhost:8383");
        env.setProperty("server.address", "192.0.2.10");
        assertThat(new PublicUrl(env).base()).isEqualTo("http://192.0.2.10:8383");
    }

    @Test
    void aBadUrlStopsTheStart() {
        var env = new MockEnvironment().withProperty("seedprint.public-url", "registry.example.org");
        assertThatThrownBy(() -> new PublicUrl(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seedprint.public-url");
    }
}
