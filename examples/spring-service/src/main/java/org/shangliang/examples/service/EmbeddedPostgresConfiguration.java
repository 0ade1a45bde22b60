package org.shangliang.examples.service;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when {@code spring.datasource.url} is not set, a real PostgreSQL server is
 * started from the binaries in the {@code io.zonky.test} artifacts (in a temporary folder, on a free
 * port) and stopped with the application; Boot's own data source then backs off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {
  /** Created by Spring. */
  public EmbeddedPostgresConfiguration() {}

  /**
   * Starts the server.
   *
   * @return the running server, closed with the application
   * @throws IOException if it cannot start
   */
  @Bean(destroyMethod = "close")
  public EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().start();
  }

  /**
   * Its {@code postgres} database.
   *
   * @param server the server
   * @return the data source
   */
  @Bean
  public DataSource dataSource(EmbeddedPostgres server) {
    return server.getPostgresDatabase();
  }
}
