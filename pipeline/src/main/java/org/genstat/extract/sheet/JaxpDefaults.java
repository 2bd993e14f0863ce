package org.genstat.extract.sheet;

/**
 * Names the JDK's own XPath, SAX and DOM factories as the JAXP defaults. POI and the streaming
 * reader ask JAXP for new factories for every workbook; without a system property JAXP looks for a
 * provider in every jar of the class path (about 250 with Spark), which was a tenth of extract's
 * time on a national inbox. No jar genstat ships provides one of these three, so the factory is the
 * one JAXP found anyway. A property already set (by {@code GENSTAT_JAVA_OPTS}) is kept. StAX is left
 * alone: Hadoop's jar provides a StAX implementation that JAXP finds today.
 */
final class JaxpDefaults {
    private JaxpDefaults() {
    }

    static void apply() {
        prefer("javax.xml.xpath.XPathFactory:http://java.sun.com/jaxp/xpath/dom",
                "com.sun.org.apache.xpath.internal.jaxp.XPathFactoryImpl");
        prefer("javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        prefer("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    }

    private static void prefer(String property, String jdkClass) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, jdkClass);
        }
    }
}
