package vn.motcua.procedures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Thành phần hồ sơ: one paper the applicant brings, how many originals and copies, and the form to
 * fill, if any. Online, each is uploaded as PDF, JPEG or PNG, and also as DOCX or XLSX where
 * {@code officeFormats} says so (a form the applicant fills in a word processor); an {@code optional}
 * paper ("nếu có") may be left out of a submission.
 */
public record RequiredDocument(String name, int originals, int copies, String form, boolean officeFormats, boolean optional) {

    /**
     * From JSON: the two flags may be absent — in a version stored before they existed, and from a
     * client written before them — and then read as false.
     */
    @JsonCreator
    static RequiredDocument fromJson(@JsonProperty("name") String name, @JsonProperty("originals") int originals,
            @JsonProperty("copies") int copies, @JsonProperty("form") String form,
            @JsonProperty("officeFormats") Boolean officeFormats, @JsonProperty("optional") Boolean optional) {
        return new RequiredDocument(name, originals, copies, form, Boolean.TRUE.equals(officeFormats), Boolean.TRUE.equals(optional));
    }

    /** A paper every applicant brings, accepted online as PDF or image only. */
    public RequiredDocument(String name, int originals, int copies, String form) {
        this(name, originals, copies, form, false, false);
    }
}
