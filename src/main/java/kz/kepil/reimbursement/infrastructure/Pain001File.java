package kz.kepil.reimbursement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import kz.kepil.reimbursement.domain.BankFile;
import kz.kepil.reimbursement.domain.PaymentInstruction;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An ISO 20022 customer credit transfer initiation (pain.001.001.09) for one payment register: one
 * payment from the akimat's account, one credit transfer per claim to its supplier's account, written
 * with StAX and validated against the official schema before anyone gets it. A file that does not
 * validate is a fault of the portal, never handed to a bank.
 */
@ApplicationScoped
public class Pain001File implements BankFile {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    static final String SCHEMA = "/xsd/pain.001.001.09.xsd";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static volatile Schema schema;

    /** The file's XML (UTF-8), valid against the official pain.001.001.09 schema. */
    @Override
    public byte[] write(PaymentInstruction p) {
        byte[] xml = render(p);
        validate(xml);
        return xml;
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    static byte[] render(PaymentInstruction p) {
        BigDecimal total = p.total();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "Document");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeStartElement("CstmrCdtTrfInitn");

            w.writeStartElement("GrpHdr");
            text(w, "MsgId", max(p.messageId(), 35));
            text(w, "CreDtTm", DATE_TIME.format(p.createdAt().truncatedTo(ChronoUnit.SECONDS).atZone(p.zone())));
            text(w, "NbOfTxs", String.valueOf(p.transfers().size()));
            text(w, "CtrlSum", total.setScale(2).toPlainString());
            w.writeStartElement("InitgPty");
            party(w, p.debtor());
            w.writeEndElement();
            w.writeEndElement();

            w.writeStartElement("PmtInf");
            text(w, "PmtInfId", max(p.messageId(), 35));
            text(w, "PmtMtd", "TRF");
            text(w, "BtchBookg", "false");
            text(w, "NbOfTxs", String.valueOf(p.transfers().size()));
            text(w, "CtrlSum", total.setScale(2).toPlainString());
            w.writeStartElement("ReqdExctnDt");
            text(w, "Dt", p.executionDate().toString());
            w.writeEndElement();
            w.writeStartElement("Dbtr");
            party(w, p.debtor());
            w.writeEndElement();
            account(w, "DbtrAcct", p.debtor().iban(), p.currency());
            agent(w, "DbtrAgt", p.debtor().bic());
            text(w, "ChrgBr", "SLEV");
            for (PaymentInstruction.Transfer t : p.transfers()) {
                w.writeStartElement("CdtTrfTxInf");
                w.writeStartElement("PmtId");
                text(w, "EndToEndId", max(t.endToEndId(), 35));
                w.writeEndElement();
                w.writeStartElement("Amt");
                w.writeStartElement("InstdAmt");
                w.writeAttribute("Ccy", p.currency());
                w.writeCharacters(t.amount().setScale(2).toPlainString());
                w.writeEndElement();
                w.writeEndElement();
                agent(w, "CdtrAgt", t.creditor().bic());
                w.writeStartElement("Cdtr");
                party(w, t.creditor());
                w.writeEndElement();
                account(w, "CdtrAcct", t.creditor().iban(), null);
                w.writeStartElement("RmtInf");
                text(w, "Ustrd", max(t.remittance(), 140));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();

            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the payment file cannot be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Validates a pain.001.001.09 document against the official schema; an invalid one is refused with the reason. */
    public static void validate(byte[] xml) {
        try {
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new IllegalStateException("the payment file does not validate against pain.001.001.09: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            URL xsd = Pain001File.class.getResource(SCHEMA);
            if (xsd == null) {
                throw new IllegalStateException("the schema " + SCHEMA + " is not on the class path (built from the ISO 20022 artifact)");
            }
            try (InputStream in = xsd.openStream()) {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                s = factory.newSchema(new StreamSource(in, xsd.toString()));
                schema = s;
            } catch (SAXException | IOException e) {
                throw new IllegalStateException("the schema " + SCHEMA + " cannot be read: " + e.getMessage(), e);
            }
        }
        return s;
    }

    private static void party(XMLStreamWriter w, PaymentInstruction.Party p) throws XMLStreamException {
        text(w, "Nm", max(p.name(), 140));
        if (p.identifier() != null) {
            w.writeStartElement("Id");
            w.writeStartElement("OrgId");
            w.writeStartElement("Othr");
            text(w, "Id", p.identifier());
            w.writeStartElement("SchmeNm");
            text(w, "Prtry", p.identifier().length() == 12 ? "BIN/IIN" : "ID");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    private static void account(XMLStreamWriter w, String element, String iban, String currency) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeStartElement("Id");
        text(w, "IBAN", iban);
        w.writeEndElement();
        if (currency != null) {
            text(w, "Ccy", currency);
        }
        w.writeEndElement();
    }

    private static void agent(XMLStreamWriter w, String element, String bic) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeStartElement("FinInstnId");
        text(w, "BICFI", bic);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static String max(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    /** For tests: the rendered file as text. */
    static String asText(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
