package vn.motcua.portal.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.portal.Submission;
import vn.motcua.portal.SubmissionDocument;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/** A submission's row made readable: the procedure's and agency's names, its documents with their files, its history. */
@Component
public class SubmissionViews {

    private final SubmissionRows rows;
    private final ProcedureCatalog catalog;
    private final PublicRegister register;
    private final FileStore files;

    SubmissionViews(SubmissionRows rows, ProcedureCatalog catalog, PublicRegister register, FileStore files) {
        this.rows = rows;
        this.catalog = catalog;
        this.register = register;
        this.files = files;
    }

    public Submission whole(SubmissionRows.Row row) {
        ProcedureContent procedure = content(row.procedureVersionId());
        List<SubmissionRows.DocumentRow> documentRows = rows.documents(row.id());
        Map<Long, StoredFile> stored = new HashMap<>();
        files.find(documentRows.stream().map(SubmissionRows.DocumentRow::fileId).toList()).forEach(f -> stored.put(f.id(), f));
        List<SubmissionDocument> documents = documentRows.stream().filter(d -> stored.containsKey(d.fileId())).map(d -> {
            StoredFile file = stored.get(d.fileId());
            String name = procedure.requirement(d.requirement()).map(RequiredDocument::name).orElse("");
            return new SubmissionDocument(d.id(), d.requirement(), name, file.id(), file.fileName(), file.contentType(), file.size(),
                    d.reusedFrom(), d.addedAt());
        }).toList();
        return view(row, procedure, documents);
    }

    /** For lists: without documents. */
    public List<Submission> list(List<SubmissionRows.Row> list) {
        return list.stream().map(row -> view(row, content(row.procedureVersionId()), List.of())).toList();
    }

    private Submission view(SubmissionRows.Row row, ProcedureContent procedure, List<SubmissionDocument> documents) {
        Agency agency = register.agency(row.agencyId()).orElseThrow();
        return new Submission(row.id(), row.accountId(), row.status(), row.procedureCode(), procedure.name(),
                row.procedureVersionId(), procedure.onlineKind(), agency.code(), agency.name(), row.applicant(), row.form(),
                row.returnChannel(), documents, rows.steps(row.id()), row.dossierCode(), row.createdAt(), row.updatedAt(),
                row.submittedAt(), row.decidedAt(), row.version());
    }

    public ProcedureContent content(long versionId) {
        return catalog.version(versionId).orElseThrow().content();
    }
}
