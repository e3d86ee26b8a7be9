package vn.motcua.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.portal.Submission;
import vn.motcua.portal.SubmissionDraft;

/** The citizen's submission form as the page posts it: the agency, the applicant, the e-form's answers by key, the return channel. */
public class SubmissionForm {

    private String procedureCode = "";
    private String agencyCode = "";
    private String name = "";
    private String idNumber = "";
    private String taxCode = "";
    private String phone = "";
    private String email = "";
    private String address = "";
    private Map<String, String> form = new LinkedHashMap<>();
    private ReturnChannel returnChannel;

    static SubmissionForm of(String procedureCode, Applicant applicant) {
        SubmissionForm f = new SubmissionForm();
        f.procedureCode = procedureCode;
        f.applicant(applicant);
        return f;
    }

    static SubmissionForm of(Submission s) {
        SubmissionForm f = new SubmissionForm();
        f.procedureCode = s.procedureCode();
        f.agencyCode = s.agencyCode();
        f.applicant(s.applicant());
        f.form = new LinkedHashMap<>(s.form());
        f.returnChannel = s.returnChannel();
        return f;
    }

    private void applicant(Applicant a) {
        name = text(a.name());
        idNumber = text(a.idNumber());
        taxCode = text(a.taxCode());
        phone = text(a.phone());
        email = text(a.email());
        address = text(a.address());
    }

    SubmissionDraft draft() {
        return new SubmissionDraft(procedureCode, agencyCode, new Applicant(name, idNumber, taxCode, phone, email, address), form,
                returnChannel);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getProcedureCode() { return procedureCode; }
    public void setProcedureCode(String procedureCode) { this.procedureCode = procedureCode; }
    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Map<String, String> getForm() { return form; }
    public void setForm(Map<String, String> form) { this.form = form; }
    public ReturnChannel getReturnChannel() { return returnChannel; }
    public void setReturnChannel(ReturnChannel returnChannel) { this.returnChannel = returnChannel; }
}
