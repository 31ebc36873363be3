package dev.kg.rdf;

import static dev.kg.rdf.Iris.term;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the kg ontology (ontology/kg.ttl) and the reused vocabularies that the build writes. */
public final class Vocab {
    public static final Node ENTITY = term("Entity");
    public static final Node ARTICLE = term("Article");
    public static final Node MONETARY_AMOUNT = term("MonetaryAmount");

    public static final Node CLAIM_CLASS = term("claimClass");
    public static final Node RELATION = term("relation");
    public static final Node SUBJECT = term("subject");
    public static final Node OBJECT = term("object");
    public static final Node STATED_IN = term("statedIn");
    public static final Node EVIDENCE = term("evidence");
    public static final Node ATTRIBUTED_TO = term("attributedTo");
    public static final Node STATUS = term("status");
    public static final Node AMOUNT = term("amount");
    public static final Node IMPLIED_VALUATION = term("impliedValuation");
    public static final Node STAKE = term("stake");
    public static final Node DATE = term("date");
    public static final Node DATE_PRECISION = term("datePrecision");
    public static final Node YEAR_PRECISION = term("YearPrecision");
    public static final Node MONTH_PRECISION = term("MonthPrecision");
    public static final Node DAY_PRECISION = term("DayPrecision");
    public static final Node ROLE = term("role");
    public static final Node INTERIM = term("interim");
    public static final Node PURPOSE = term("purpose");
    public static final Node VALUE = term("value");
    public static final Node UPPER_VALUE = term("upperValue");
    public static final Node CURRENCY = term("currency");
    public static final Node BOUND = term("bound");
    public static final Node SOURCE_FILE = term("sourceFile");
    public static final Node SHA256 = term("sha256");
    public static final Node ISSUED_PRECISION = term("issuedPrecision");
    public static final Node ISSUED_INFERRED = term("issuedInferred");
    public static final Node RETRIEVED = term("retrieved");
    public static final Node MAPPING_KEY = term("mappingKey");
    public static final Node FIGURE = term("figure");
    public static final Node CONCEPT_SCHEME = term("conceptScheme");
    public static final Node QUANTITY = term("Quantity");
    public static final Node COUNT = term("count");
    public static final Node DURATION = term("duration");
    public static final Node UNIT = term("unit");
    public static final Node ON_PLATFORM = term("onPlatform");
    public static final Node INCLUDES = term("includes");
    public static final Node DATE_HEDGE = term("dateHedge");
    public static final Node DATE_AS_WRITTEN = term("dateAsWritten");

    public static final Node DCT_TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    public static final Node DCT_LANGUAGE = NodeFactory.createURI("http://purl.org/dc/terms/language");
    public static final Node SKOS_ALT_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    public static final Node SKOS_PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
    public static final Node SKOS_IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");
    public static final Node SCHEMA_URL = NodeFactory.createURI("https://schema.org/url");
    public static final Node SCHEMA_AUTHOR = NodeFactory.createURI("https://schema.org/author");
    public static final Node DCT_PUBLISHER = NodeFactory.createURI("http://purl.org/dc/terms/publisher");
    public static final Node DCT_ISSUED = NodeFactory.createURI("http://purl.org/dc/terms/issued");

    private Vocab() {
    }
}
