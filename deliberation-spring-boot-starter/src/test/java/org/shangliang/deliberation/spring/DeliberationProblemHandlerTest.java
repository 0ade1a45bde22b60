package org.shangliang.deliberation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.examples.BishanCourtyardCase;
import org.shangliang.examples.Cases;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The problem-detail handler and request locales, in a servlet web application. */
class DeliberationProblemHandlerTest {
  private static final String CASES = "classpath:org/shangliang/examples/cases/";

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ShangliangAutoConfiguration.class,
                  JacksonAutoConfiguration.class,
                  HttpMessageConvertersAutoConfiguration.class,
                  WebMvcAutoConfiguration.class))
          .withPropertyValues(
              "shangliang.profile=bishan", "shangliang.jurisdiction=" + CASES + "bishan-units.json")
          .withUserConfiguration(Units.class);

  /** A controller a service might write. */
  @RestController
  static class Units {
    private final ConfiguredProfile profile;
    private final DeliberationMessages messages;

    Units(ConfiguredProfile profile, DeliberationMessages messages) {
      this.profile = profile;
      this.messages = messages;
    }

    @PostMapping("/units")
    Jurisdiction units(@RequestBody Jurisdiction units) {
      return units;
    }

    @PostMapping(path = "/units-as-text", consumes = MediaType.APPLICATION_JSON_VALUE)
    String unitsAsText(@RequestBody String body) {
      return profile.json().write(DocumentKind.JURISDICTION, profile.json().read(DocumentKind.JURISDICTION, body));
    }

    @PostMapping("/map")
    Map<String, Object> map(@RequestBody Map<String, Object> body) {
      return body;
    }

    @GetMapping("/unit")
    String unit() {
      return UnitId.of("no space allowed").toString();
    }

    @GetMapping(path = "/late", produces = MediaType.TEXT_PLAIN_VALUE)
    String late(Locale locale) {
      Instant after30Hours = BishanCourtyardCase.RAISED.plusSeconds(30 * 3600);
      return messages.render(
          profile.validator().validate(Cases.record("bishan-courtyard-open"), after30Hours)
              .violations().get(0),
          locale,
          profile);
    }
  }

  private static MockMvc mvc(org.springframework.web.context.WebApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void bodyReadByBootsObjectMapperAnswersWithPointerOfTheFault() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(DeliberationProblemHandler.class);
          mvc(context)
              .perform(
                  post("/units")
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"schemaVersion\": \"1.0\",\n \"units\": [{\"id\": \"b\", \"level\": \"planet\", \"name\": \"x\"}]}"))
              .andExpect(status().isBadRequest())
              .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
              .andExpect(jsonPath("$.status").value(400))
              .andExpect(jsonPath("$.title").value("Malformed deliberation document"))
              .andExpect(jsonPath("$.type").value("about:blank"))
              .andExpect(jsonPath("$.errors[0].pointer").value("/units/0/level"))
              .andExpect(jsonPath("$.errors[0].line").value(2))
              .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("\"planet\"")));
          String good =
              org.shangliang.deliberation.json.DeliberationJson.create()
                  .write(DocumentKind.JURISDICTION, Cases.jurisdiction("bishan-units"));
          mvc(context)
              .perform(post("/units").contentType(MediaType.APPLICATION_JSON).content(good))
              .andExpect(status().isOk())
              .andExpect(content().string(good));
        });
  }

  @Test
  void documentReadWithTheFacadeAnswersInTheRequestsLanguage() {
    runner
        .withPropertyValues("shangliang.problem-details.type=urn:example:malformed")
        .run(
            context ->
                mvc(context)
                    .perform(
                        post("/units-as-text")
                            .header("Accept-Language", "zh-CN")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"schemaVersion\": \"1.0\", \"units\": [], \"extra\": 1}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("协商文档格式错误"))
                    .andExpect(jsonPath("$.type").value("urn:example:malformed"))
                    .andExpect(jsonPath("$.errors[0].pointer").value("/extra")));
  }

  @Test
  void valueThatCannotBeBuiltAnswersWithItsPath() {
    runner.run(
        context ->
            mvc(context)
                .perform(get("/unit"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Value that cannot be built"))
                .andExpect(jsonPath("$.errors[0].pointer").exists())
                .andExpect(jsonPath("$.errors[0].line").doesNotExist()));
  }

  @Test
  void otherUnreadableBodiesAreLeftToSpringMvc() {
    runner.run(
        context ->
            mvc(context)
                .perform(post("/map").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").doesNotExist()));
  }

  @Test
  void handlerCanBeTurnedOffOrReplaced() {
    runner
        .withPropertyValues("shangliang.problem-details.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(DeliberationProblemHandler.class));
    DeliberationProblemHandler own =
        new DeliberationProblemHandler(
            java.net.URI.create("urn:example:own"),
            new DeliberationMessages(new org.springframework.context.support.StaticMessageSource()));
    runner
        .withBean(DeliberationProblemHandler.class, () -> own)
        .run(context -> assertThat(context.getBean(DeliberationProblemHandler.class)).isSameAs(own));
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ShangliangAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(DeliberationProblemHandler.class));
  }

  @Test
  void messagesFollowAcceptLanguage() {
    runner.run(
        context -> {
          MockMvc mvc = mvc(context);
          assertThat(
                  mvc.perform(get("/late").header("Accept-Language", "zh-CN,zh;q=0.9"))
                      .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
              .startsWith("于 2026-11-20 19:40 +08:00 提出的问题");
          assertThat(
                  mvc.perform(get("/late").header("Accept-Language", "en-GB"))
                      .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
              .startsWith("The problem raised at 2026-11-20 19:40 +08:00");
        });
  }
}
