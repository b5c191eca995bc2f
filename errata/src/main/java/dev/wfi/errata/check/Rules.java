package dev.wfi.errata.check;

import dev.wfi.errata.Kind;

import java.util.List;
import java.util.Set;

/** Every rule the engine runs, in report order. Adding a rule is adding a line here. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new JsonSyntaxRule(),
            new TypographicQuoteRule(),
            new DuplicateKeyRule(),
            new SchemaRule("WFI-SCHEMA-ENUM", Kind.ENUM, Set.of("enum")),
            new SchemaRule("WFI-SCHEMA-TYPE", Kind.TYPE, Set.of("type")),
            new SchemaRule("WFI-SCHEMA-REQUIRED", Kind.REQUIRED, Set.of("required")),
            new SchemaRule("WFI-SCHEMA-UNKNOWN-PROPERTY", Kind.UNKNOWN_PROPERTY, Set.of("additionalProperties")),
            new SchemaRule("WFI-SCHEMA", Kind.SCHEMA, Set.of()),
            new RepresentationTypeRule(),
            new PlaceholderRule(),
            new SecretEchoRule(),
            new ReadOnlyInRequestRule(),
            new StatusRule(),
            new StatedStatusRule(),
            new UrlRule(),
            new QueryNameRule(),
            new ODataTypeRule(),
            new TimeOrderRule(),
            new ContentLengthRule(),
            new HeaderOrderRule(),
            new BlankLineRule(),
            new ContentTypeRule(),
            new TableContentTypeRule(),
            new MediaTypeRule(),
            new PassthroughRule(),
            new FlagCasingRule(),
            new PermissionRule(),
            new TranslatedNameRule(),
            new TableNameRule(),
            new TranslatedTypeRule(),
            new TranslatedHeaderRule(),
            new VersionRule(),
            new TableReadOnlyRule(),
            new TableMissingPropertyRule(),
            new TableEnumValueRule(),
            new TableOrphanRowRule(),
            new OperationsTableRule(),
            new LinkCaseRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
