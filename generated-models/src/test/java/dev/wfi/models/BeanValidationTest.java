package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wfi.models.model.WorkforceIntegration;
import dev.wfi.models.model.WorkforceIntegrationEncryption;
import dev.wfi.models.model.WorkforceIntegrationEncryptionProtocol;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bean validation rejects what the contract forbids, naming the property. */
class BeanValidationTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(Locale.ROOT).buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidator() {
    factory.close();
  }

  @Test
  void acceptsAValidIntegration() {
    assertEquals(Set.of(), violations(valid()));
  }

  static final String HTTP_URL = "^(http|https|HTTP|HTTPS)://[^/?# ]+([/?#].*)?$";

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsAnApiVersionBelowOne(int apiVersion) {
    assertEquals(Set.of("apiVersion must be greater than or equal to 1"), violations(valid().apiVersion(apiVersion)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABCWorkforceIntegration.com/Contoso/", "/Contoso/", "https://", "https://exa mple.com/", "mailto:x@example.com"})
  void rejectsAUrlThatIsNotAnAbsoluteUrl(String url) {
    // not http(s) with a host either: the contract's pattern says so too
    assertEquals(Set.of("url must be an absolute URL", "url must match \"" + HTTP_URL + "\""), violations(valid().url(url)));
  }

  /** Issue 14, 13: Shifts calls the url over HTTP(S); an absolute URI of another scheme is refused. */
  @ParameterizedTest
  @ValueSource(strings = {"ftp://wfm.example.com/x", "file://host/etc/passwd"})
  void rejectsAUrlThatIsNotHttp(String url) {
    assertEquals(Set.of("url must match \"" + HTTP_URL + "\""), violations(valid().url(url)));
  }

  @Test
  void rejectsASecretThatIsNotSixtyFourCharacters() {
    WorkforceIntegration integration = valid();
    integration.getEncryption().setSecret("My Secret");
    assertEquals(Set.of("encryption.secret size must be between 64 and 64"), violations(integration));
  }

  private static WorkforceIntegration valid() {
    return new WorkforceIntegration()
        .displayName("ABCWorkforceIntegration")
        .apiVersion(1)
        .isActive(true)
        .url("https://ABCWorkforceIntegration.com/Contoso/")
        .supportedEntities(WorkforceIntegrationSupportedEntities.fromValue("Shift,SwapRequest"))
        .encryption(new WorkforceIntegrationEncryption()
            .protocol(WorkforceIntegrationEncryptionProtocol.SHARED_SECRET)
            .secret("0123456789abcdef".repeat(4)));
  }

  private static Set<String> violations(Object bean) {
    return validator.validate(bean).stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
