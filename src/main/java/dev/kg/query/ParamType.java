package dev.kg.query;

import dev.kg.mapping.Ids;
import dev.kg.rdf.Iris;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The types a saved query's parameter can have. A value becomes one RDF term of that type, so it can
 * never change the structure of the query it is bound into.
 */
public enum ParamType {
    ENTITY("entity", "an entity's id, label or alias, such as scale-ai or \"Scale AI\""),
    IRI("iri", "an absolute IRI such as https://w3id.org/kg/id/entity/scale-ai"),
    STRING("string", "any text"),
    INTEGER("integer", "a whole number such as 2025"),
    DECIMAL("decimal", "a number such as 13.8"),
    DATE("date", "a date such as 2025-06-12"),
    /** A concept of the scheme the declaration names ({@code concept:Roles}), by any of its names. */
    CONCEPT("concept", "any name of one of the scheme's concepts, in English or Italian, such as CEO");

    private final String key;
    private final String expects;

    ParamType(String key, String expects) {
        this.key = key;
        this.expects = expects;
    }

    public String key() {
        return key;
    }

    /** What a value must look like, for error messages. */
    public String expects() {
        return expects;
    }

    public static Optional<ParamType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ParamType::key).toList();
    }

    /** The RDF term for the value, or empty when the value is not of this type. */
    public Optional<Node> toNode(String value) {
        try {
            return switch (this) {
                case ENTITY -> Ids.isValid(value) ? Optional.of(Iris.entity(value)) : Optional.empty();
                case IRI -> {
                    IRIx iri = IRIx.create(value);
                    yield iri.isAbsolute() ? Optional.of(NodeFactory.createURI(iri.str())) : Optional.empty();
                }
                case STRING -> Optional.of(NodeFactory.createLiteralString(value));
                case INTEGER -> Optional.of(
                        NodeFactory.createLiteralDT(new BigInteger(value).toString(), XSDDatatype.XSDinteger));
                case DECIMAL -> Optional.of(
                        NodeFactory.createLiteralDT(new BigDecimal(value).toPlainString(), XSDDatatype.XSDdecimal));
                case DATE -> Optional.of(
                        NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate));
                // A concept is found in the store's ontology by its name (see QueryOperation); no term stands alone.
                case CONCEPT -> Optional.empty();
            };
        } catch (IRIException | NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
