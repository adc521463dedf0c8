package org.seedprint.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;

@RegistryIntegrationTest
class HealthTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthIsUpWithTheDatabase() {
        var response = http.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var json = JsonPath.parse(response.getBody());
        assertThat(json.read("$.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.db.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.db.details.database", String.class)).isEqualTo("PostgreSQL");
        // public: no server paths (the disk-space details named the data directory)
        assertThat(response.getBody()).doesNotContain("diskSpace").doesNotContain(System.getProperty("user.dir"));
    }
}
