package vn.motcua.reformindex;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.reformindex.internal.ScorecardRows;
import vn.motcua.reformindex.internal.SetRows;

/**
 * The published results other modules cite (the report narrative's section II.8). A published result is
 * public — the province announces it by decision — so reading it needs no reach into the unit's scorecard.
 */
@Service
public class PublishedIndexes {

    private final ScorecardRows rows;
    private final SetRows sets;

    PublishedIndexes(ScorecardRows rows, SetRows sets) {
        this.rows = rows;
        this.sets = sets;
    }

    /**
     * The unit's last index published for a year before {@code year}: a year's index is appraised and
     * announced in the year after it, so a report of 2024 cites the index of 2023.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedIndex> lastBefore(String unitCode, int year) {
        return rows.lastPublished(unitCode, year).map(this::published);
    }

    /** The unit's published indexes over the years, the earliest first: its trend, as the scorecard page shows it. */
    @Transactional(readOnly = true)
    public List<PublishedIndex> overTheYears(String unitCode) {
        return rows.published(unitCode).stream().map(this::published).toList();
    }

    private PublishedIndex published(ScorecardRows.Card card) {
        IndexSet set = sets.byId(card.setId()).orElseThrow();
        ScorecardRows.Place place = rows.place(card);
        return new PublishedIndex(card.year(), card.subjectName(), card.finalScore(), set.total(),
                Classification.valueOf(card.classification()), place.rank(), place.ranked());
    }
}
