package org.seedprint.registry.platform;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The registry's public base URL, used by every link it prints (certificates' QR codes and
 * "verify online" links): {@code seedprint.public-url} when set, else the address the server
 * actually listens on ({@code server.address}, or localhost, and the port it bound).
 */
@Component
public class PublicUrl {

    static final String PROPERTY = "seedprint.public-url";

    private final Environment env;

    PublicUrl(Environment env) {
        this.env = env;
        String configured = env.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) check(configured);
    }

    /** The base URL without a trailing slash, e.g. {@code https://registry.example.org}. */
    public String base() {
        String configured = env.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        // local.server.port is the port actually bound (also a random one), once the server started
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String host = env.getProperty("server.address", "localhost");
        if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) host = "localhost";
        if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
        return "http://" + host + ":" + port;
    }

    /** The base URL followed by this path, e.g. {@code link("/verify?deposit=...")}. */
    public String link(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    private static void check(String url) {
        try {
            URI u = new URI(url.strip());
            if (!u.isAbsolute()
                    || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                    || u.getHost() == null) {
                throw new IllegalStateException(PROPERTY + " must be an absolute http(s) URL, not '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(PROPERTY + " is not a URL: '" + url + "'", e);
        }
    }
}
