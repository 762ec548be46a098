/** SQL: a ministry subscription `w` matches its ministry's commitments `c` (an equality, so joins can hash). */
export function ministryMatches(w: string, c: string): string {
  return `(${w}.target_type = 'ministry' AND lower(${c}.ministry) = lower(${w}.ministry))`;
}

/**
 * SQL: a saved-search subscription `w` matches commitment `c`. The predicate mirrors the filters
 * of CommitmentsRepository.findPage, evaluated in the database so planning stays set-based. `c.doc`
 * is the commitment's stored Dutch tsvector (search_vector), `w.query` the subscription's tsquery,
 * computed once per row in a CTE by the caller.
 */
export function searchMatches(w: string, c: string, today: string): string {
  const f = (key: string) => `${w}.search->>'${key}'`;
  return `(${w}.target_type = 'search'
      AND (${f('q')} IS NULL OR ${c}.doc @@ ${w}.query)
      AND (${f('ministry')} IS NULL OR ${c}.ministry ILIKE ${likeEscaped(f('ministry'))})
      AND (${f('owner')} IS NULL OR ${c}.owner_name ILIKE '%' || ${likeEscaped(f('owner'))} || '%'
                                 OR ${c}.owner_role ILIKE '%' || ${likeEscaped(f('owner'))} || '%')
      AND (NOT ${w}.search ? 'status' OR ${c}.status::text IN (SELECT jsonb_array_elements_text(${statusList(w)})))
      AND (${f('deadline')} IS NULL OR ${deadlineKind(c)} = ${f('deadline')})
      AND (${f('overdue')} IS NULL
           OR (${f('overdue')} = 'true') = (${c}.status = 'open' AND ${c}.effective_due IS NOT NULL AND ${c}.effective_due < ${today}::date
                                             AND ${deadlineKind(c)} = coalesce(${f('deadline')}, 'promised')))
      AND (${f('dueBefore')} IS NULL OR ${c}.effective_due <= (${f('dueBefore')})::date)
      AND (${f('dueAfter')} IS NULL OR ${c}.effective_due >= (${f('dueAfter')})::date)
      AND (${f('documentId')} IS NULL OR ${c}.document_id::text = ${f('documentId')}))`;
}

/**
 * The kind of a commitment's deadline, as commitments/domain/lateness.ts defines it for the list:
 * only a promised date makes a promise "over tijd" unless the search names another kind. (The
 * outbox sits below commitments, so the one-line CASE is repeated here; the reminder e2e test
 * holds the two together.)
 */
function deadlineKind(c: string): string {
  return `(CASE WHEN ${c}.recurring THEN 'recurring' WHEN ${c}.due_source = 'default' THEN 'default' ELSE 'promised' END)`;
}

/** The statuses of a saved search as a JSON array (a search saved before validation may hold a lone string). */
function statusList(w: string): string {
  return `CASE jsonb_typeof(${w}.search->'status') WHEN 'array' THEN ${w}.search->'status' ELSE jsonb_build_array(${w}.search->'status') END`;
}

/** The tsquery of a saved search (null when it has no text). */
export const SEARCH_QUERY = `CASE WHEN s.search ? 'q' THEN websearch_to_tsquery('dutch', s.search->>'q') END`;

function likeEscaped(expression: string): string {
  return String.raw`replace(replace(replace(${expression}, '\', '\\'), '%', '\%'), '_', '\_')`;
}
