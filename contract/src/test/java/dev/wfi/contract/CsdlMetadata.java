package dev.wfi.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Shifts part of one version of Graph's CSDL metadata (spec/csdl/*.csdl), read with the JDK's DOM parser:
 * enum, complex and entity types, and bound actions, under their names without the {@code graph.} alias.
 */
record CsdlMetadata(String version, Map<String, EnumType> enums, Map<String, StructuredType> types, Map<String, Action> actions) {

    private static final String EDM = "http://docs.oasis-open.org/odata/ns/edm";

    /** A property or parameter: its name, its type as written ({@code Edm.String}, {@code Collection(graph.x)}) and nullability. */
    record Member(String name, String type, boolean nullable) {
        boolean isCollection() {
            return type.startsWith("Collection(");
        }

        /** The element type of a collection, or the type itself, without the {@code graph.} alias. */
        String elementType() {
            String element = isCollection() ? type.substring("Collection(".length(), type.length() - 1) : type;
            return element.startsWith("graph.") ? element.substring("graph.".length()) : element;
        }
    }

    record EnumType(String name, List<String> members, boolean flags) {}

    /** A complex or entity type; {@code baseType} without the alias, empty for none. */
    record StructuredType(String name, boolean entity, String baseType, List<Member> properties, List<Member> containedNavigations) {}

    /** A bound action: the type it is bound to, its other parameters and its return type (empty for none). */
    record Action(String name, String boundTo, List<Member> parameters, String returnType) {}

    static CsdlMetadata read(String version, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            Map<String, EnumType> enums = new LinkedHashMap<>();
            Map<String, StructuredType> types = new LinkedHashMap<>();
            Map<String, Action> actions = new LinkedHashMap<>();
            for (Element e : elements(root.getElementsByTagNameNS(EDM, "EnumType"))) {
                List<String> members = new ArrayList<>();
                elements(e.getElementsByTagNameNS(EDM, "Member")).forEach(m -> members.add(m.getAttribute("Name")));
                enums.put(e.getAttribute("Name"), new EnumType(e.getAttribute("Name"), members, "true".equals(e.getAttribute("IsFlags"))));
            }
            for (String kind : List.of("ComplexType", "EntityType")) {
                for (Element e : elements(root.getElementsByTagNameNS(EDM, kind))) {
                    List<Member> navigations = new ArrayList<>();
                    for (Element nav : elements(e.getElementsByTagNameNS(EDM, "NavigationProperty"))) {
                        if ("true".equals(nav.getAttribute("ContainsTarget"))) {
                            navigations.add(member(nav));
                        }
                    }
                    types.put(e.getAttribute("Name"), new StructuredType(e.getAttribute("Name"), kind.equals("EntityType"),
                            unaliased(e.getAttribute("BaseType")), members(e, "Property"), navigations));
                }
            }
            for (Element e : elements(root.getElementsByTagNameNS(EDM, "Action"))) {
                List<Member> parameters = members(e, "Parameter");
                String boundTo = parameters.get(0).elementType();
                String returnType = elements(e.getElementsByTagNameNS(EDM, "ReturnType")).stream()
                        .map(r -> unaliased(r.getAttribute("Type"))).findFirst().orElse("");
                actions.put(e.getAttribute("Name"), new Action(e.getAttribute("Name"), boundTo,
                        List.copyOf(parameters.subList(1, parameters.size())), returnType));
            }
            return new CsdlMetadata(version, enums, types, actions);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    Optional<StructuredType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The type's properties with the inherited ones first, as a JSON object carries them. */
    Map<String, Member> allProperties(String typeName) {
        Map<String, Member> all = new LinkedHashMap<>();
        type(typeName).ifPresent(type -> {
            if (!type.baseType().isEmpty()) {
                all.putAll(allProperties(type.baseType()));
            }
            type.properties().forEach(p -> all.put(p.name(), p));
        });
        return all;
    }

    private static List<Member> members(Element parent, String tag) {
        List<Member> members = new ArrayList<>();
        elements(parent.getElementsByTagNameNS(EDM, tag)).forEach(e -> members.add(member(e)));
        return members;
    }

    private static Member member(Element e) {
        // CSDL: Nullable defaults to true
        return new Member(e.getAttribute("Name"), e.getAttribute("Type"), !"false".equals(e.getAttribute("Nullable")));
    }

    private static String unaliased(String type) {
        return type.startsWith("graph.") ? type.substring("graph.".length()) : type;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }
}
