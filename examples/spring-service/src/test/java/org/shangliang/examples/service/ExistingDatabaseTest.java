package org.shangliang.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shangliang.examples.Cases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service on an existing PostgreSQL, named by {@code spring.datasource.url} as the README shows:
 * the embedded default backs off, Boot's data source connects, Flyway creates the table. The
 * "existing" server is one this test starts itself, as a stand-in for a real one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExistingDatabaseTest {
  private static EmbeddedPostgres existing;

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry properties) throws IOException {
    existing = EmbeddedPostgres.builder().start();
    properties.add("spring.datasource.url", () -> existing.getJdbcUrl("postgres", "postgres"));
    properties.add("spring.datasource.username", () -> "postgres");
  }

  @AfterAll
  static void stop() throws IOException {
    existing.close();
  }

  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired MockMvc mvc;

  @Test
  void usesTheDatasourceUrlInsteadOfTheEmbeddedDefault() throws Exception {
    assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
    assertThat(dataSource.getClass().getName()).isEqualTo("com.zaxxer.hikari.HikariDataSource");
    String record;
    try (InputStream in = Cases.class.getResourceAsStream(Cases.FOLDER + "jinan-lift.json")) {
      record = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    mvc.perform(post("/profiles/jinan/records").contentType(MediaType.APPLICATION_JSON).content(record))
        .andExpect(status().isCreated());
    mvc.perform(get("/records/dianliu-1-2026-lift")).andExpect(status().isOk());
    // the row is in the server the URL names
    JdbcTemplate direct = new JdbcTemplate(existing.getPostgresDatabase());
    assertThat(direct.queryForObject("select count(*) from deliberation_record", Integer.class))
        .isEqualTo(1);
  }
}
