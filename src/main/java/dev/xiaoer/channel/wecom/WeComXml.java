package dev.xiaoer.channel.wecom;

import dev.xiaoer.channel.Refusal;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** WeCom's flat XML: reads the children of {@code <xml>}, with DTDs and external entities refused; writes CDATA safely. */
final class WeComXml {
    private WeComXml() {
    }

    /** The text of each child element of the root, by name. */
    static Map<String, String> read(String xml) throws Refusal {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    fields.putIfAbsent(n.getNodeName(), n.getTextContent());
                }
            }
            return fields;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw Refusal.badRequest("malformed_xml", "the body is not the XML WeCom sends");
        }
    }

    /** {@code text} as CDATA, a {@code ]]>} inside it split across two sections. */
    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
