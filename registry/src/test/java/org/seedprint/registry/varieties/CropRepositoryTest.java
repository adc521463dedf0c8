package org.seedprint.registry.varieties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@RegistryIntegrationTest
class CropRepositoryTest {

    @Autowired
    CropRepository crops;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writesAndReadsThroughHibernateOnPostgres() {
        crops.saveAndFlush(new Crop(
                "TEST_CROP",
                "Testus cropus",
                "测试作物",
                "test crop",
                3,
                new BigDecimal("0.9000"),
                new BigDecimal("0.5000")));

        Crop read = crops.findById("TEST_CROP").orElseThrow();
        assertThat(read.getChineseName()).isEqualTo("测试作物");
        assertThat(read.getEdvSimilarity()).isEqualByComparingTo("0.9");
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT chinese_name FROM crop WHERE upov_code = 'TEST_CROP'", String.class))
                .isEqualTo("测试作物");
        crops.deleteById("TEST_CROP");
    }

    @Test
    void schemaRejectsThresholdsOutsideTheirRange() {
        assertThatThrownBy(() -> crops.saveAndFlush(
                        new Crop("BAD_CROP", "Badus", "坏", "bad", 3, new BigDecimal("1.5"), new BigDecimal("0.5"))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
