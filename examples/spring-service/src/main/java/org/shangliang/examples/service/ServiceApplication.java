package org.shangliang.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An example REST service on the Shangliang starter: it validates deliberation records on submit,
 * stores them in PostgreSQL (jsonb, Flyway migrations) and answers what a record owes at an instant
 * and which classes of topics recur month by month.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples/spring-service -am compile
 * exec:java} (an embedded PostgreSQL), or add {@code
 * -Dspring.datasource.url=jdbc:postgresql://host/db} and the user and password for an existing one.
 */
@SpringBootApplication
public class ServiceApplication {
  /** Created by Spring. */
  public ServiceApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments ({@code --server.port=8081} …)
   */
  public static void main(String[] args) {
    SpringApplication.run(ServiceApplication.class, args);
  }
}
