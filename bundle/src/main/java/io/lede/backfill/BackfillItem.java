package io.lede.backfill;

/**
 * One input of an archive, in the archive's reading order.
 *
 * @param ordinal position in the reading order, from 0; what the checkpoint records
 * @param label   what a person recognises: the file's relative path, "line 12", the CMS path
 * @param payload what the source needs to load it: a file path, a JSON line or a CMS path
 */
public record BackfillItem(long ordinal, String label, String payload) {
}
