package app.nestegg.sync.fake.plaid;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Plaid's official OpenAPI description ({@code plaid/plaid-openapi}, {@code 2020-09-14.yml}, version
 * 2020-09-14_1.697.4; see {@code src/test/resources/plaid/README.md}), and an Atlassian {@link
 * OpenApiInteractionValidator} built on it. The spec is 3 MB of YAML and takes seconds to parse, so it is parsed once
 * per JVM ({@link #get()}); the validator is thread-safe.
 *
 * <p>The validator is strict where the spec is silent: a schema that does not declare {@code additionalProperties}
 * accepts no property it does not list, so an unknown request field (or a misspelt one) is reported too. Plaid's
 * response schemas mostly say {@code additionalProperties: true}, where extra fields pass.
 *
 * <p>Configuration, each choice for a stated reason:
 *
 * <ul>
 *   <li><b>{@code allOf} is merged when the spec is parsed</b> ({@code resolveCombinators}). Schemas such as {@code
 *       ItemWithConsentFields} ({@code /item/get}), {@code Transaction} and {@code InvestmentAccount} are an {@code
 *       allOf} of a base schema and an extension object that declares no {@code additionalProperties}. Validated part
 *       by part, the extension part refuses every field of the base part (the validator treats the undeclared
 *       {@code additionalProperties} as false), so every correct {@code /item/get} answer was reported. Merged, each
 *       is one schema with the union of the properties and of the required fields, which is what the spec means;
 *       {@code PlaidOpenApiTest} shows a transaction missing its required fields is still reported.</li>
 *   <li><b>Global security headers are checked here</b> ({@link GlobalSecurityHeaders}). The spec's top-level {@code
 *       security} block asks for {@code PLAID-CLIENT-ID}, {@code PLAID-SECRET} and {@code Plaid-Version} headers on
 *       every operation, but the Atlassian validator only checks operation-level {@code security} blocks, so without
 *       this nothing would check that the client sends them. The spec's {@code APIClientID} and {@code APISecret}
 *       schemas say the client id and secret may come "in the header or request body", so a {@code client_id} or
 *       {@code secret} body field satisfies its header.
 *   <li>No {@link LevelResolver} relaxation is needed for the exchanges the client and the fake make: the default
 *       levels are kept, so any schema, type, required-field, enum or format problem is an error.
 * </ul>
 */
public final class PlaidOpenApi {

    /** The gzipped spec on the test classpath. */
    public static final String SPEC_RESOURCE = "/plaid/plaid-openapi-2020-09-14.yml.gz";
    /** The spec's {@code info.version}. */
    public static final String SPEC_VERSION = "2020-09-14_1.697.4";

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;

    private PlaidOpenApi(OpenAPI api) {
        this.api = api;
        this.validator = OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LevelResolver.create().build())
                .withCustomRequestValidation(new GlobalSecurityHeaders(api))
                .build();
    }

    /** The validator, parsing the spec on first use. */
    public static PlaidOpenApi get() {
        return Holder.INSTANCE;
    }

    public String specVersion() {
        return api.getInfo().getVersion();
    }

    /**
     * Validates one exchange and returns its problems as readable lines (empty when it conforms).
     *
     * @param responseBody null to validate the request only (a response that is deliberately not Plaid's JSON)
     */
    public List<String> problems(
            String method,
            String path,
            Map<String, List<String>> requestHeaders,
            String requestBody,
            int status,
            String responseContentType,
            String responseBody) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null && !requestBody.isEmpty()) {
            request.withBody(requestBody);
        }
        SimpleRequest builtRequest = request.build();
        ValidationReport report;
        if (responseBody == null) {
            report = validator.validateRequest(builtRequest);
        } else {
            SimpleResponse.Builder response =
                    SimpleResponse.Builder.status(status).withBody(responseBody);
            if (responseContentType != null) {
                response.withContentType(responseContentType);
            }
            report = validator.validate(builtRequest, response.build());
        }
        List<String> lines = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                lines.add(describe(message));
            }
        }
        return lines;
    }

    private static String describe(ValidationReport.Message message) {
        StringBuilder text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            text.append(" | ").append(nested.getKey()).append(": ").append(nested.getMessage());
        }
        for (String info : message.getAdditionalInfo()) {
            text.append(" | ").append(info);
        }
        return text.toString();
    }

    private static PlaidOpenApi load() {
        String spec;
        try (InputStream in = PlaidOpenApi.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is not on the test classpath");
            }
            spec = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The validator's defaults (resolve references fully) except one: allOf is merged into one schema
        // (resolveCombinators). See the class comment for why.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(spec, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("the Plaid spec did not parse: " + result.getMessages());
        }
        return new PlaidOpenApi(result.getOpenAPI());
    }

    private static final class Holder {
        static final PlaidOpenApi INSTANCE = load();
    }

    /**
     * The spec's top-level {@code security} requirement, which the Atlassian validator does not apply: every apiKey
     * header it names must be present and not blank, except that the client id and secret may instead be body fields
     * (the spec's {@code APIClientID} and {@code APISecret} descriptions allow either). An operation with its own
     * {@code security} block (one deprecated endpoint has {@code security: []}) is left to the validator.
     */
    static final class GlobalSecurityHeaders implements CustomRequestValidator {

        static final String KEY = "nestegg.request.security.header.missing";
        private static final Map<String, String> BODY_ALTERNATIVES =
                Map.of("PLAID-CLIENT-ID", "client_id", "PLAID-SECRET", "secret");
        private static final ObjectMapper JSON = new ObjectMapper();

        private final List<String> headers = new ArrayList<>();

        GlobalSecurityHeaders(OpenAPI api) {
            Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
            for (SecurityRequirement requirement : api.getSecurity()) {
                for (String name : requirement.keySet()) {
                    SecurityScheme scheme = schemes.get(name);
                    if (scheme.getType() == SecurityScheme.Type.APIKEY && scheme.getIn() == SecurityScheme.In.HEADER) {
                        headers.add(scheme.getName());
                    }
                }
            }
            if (headers.isEmpty()) {
                throw new IllegalStateException("the Plaid spec names no security headers");
            }
        }

        @Override
        public ValidationReport validate(Request request, ApiOperation operation) {
            if (operation.getOperation().getSecurity() != null) {
                return ValidationReport.empty();
            }
            JsonNode body = null;
            List<ValidationReport.Message> messages = new ArrayList<>();
            for (String header : headers) {
                Collection<String> values = request.getHeaderValues(header);
                boolean present = values.stream().anyMatch(v -> v != null && !v.isBlank());
                if (present) {
                    continue;
                }
                String bodyField = BODY_ALTERNATIVES.get(header);
                if (bodyField != null) {
                    if (body == null) {
                        body = readBody(request);
                    }
                    JsonNode value = body.get(bodyField);
                    if (value != null && value.isTextual() && !value.asText().isBlank()) {
                        continue;
                    }
                }
                messages.add(ValidationReport.Message.create(
                                KEY,
                                "Header '" + header + "' is required by the spec's security block on "
                                        + operation.getApiPath().original()
                                        + (bodyField == null ? "" : " (or body field '" + bodyField + "')")
                                        + " but not found")
                        .build());
            }
            return ValidationReport.from(messages);
        }

        private static JsonNode readBody(Request request) {
            try {
                var body = request.getRequestBody();
                JsonNode node =
                        body.isPresent() && body.get().hasBody() ? body.get().toJsonNode() : null;
                return node == null || !node.isObject() ? JSON.createObjectNode() : node;
            } catch (IOException | RuntimeException e) {
                return JSON.createObjectNode();
            }
        }
    }
}
