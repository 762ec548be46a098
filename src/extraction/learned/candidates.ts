/**
 * Sentences without any of these words are never candidates: future, modal and reporting verbs,
 * intentions, "Ja"/"bereid", time and cadence words. Broad on purpose (recall first): the learned
 * layer decides. Tested on the raw text, so capitals are allowed where a sentence may start.
 */
export const CANDIDATE_TRIGGER =
  /\b(?:zal|zullen|zult|ga|gaat|gaan|wordt|worden|verwacht|verwachten|streef|streeft|streven|kom|komt|komen|zeg|informeer|informeert|stuur|stuurt|zend|bied|rapporteer|rapporteert|bericht|ontvangt|volgt|krijgt|laat|laten|voornemens|plan|zet|wil|willen|neem|meegenomen|betrokken|bekijk|bekijken|kijk|kijken|moet|moeten|onderzoek|onderzoeken|jaarlijks|wanneer|zodra|niet|tijd|later|uitstel|[Jj]a|[Jj]azeker|[Zz]eker|[Dd]aartoe|[Hh]iertoe|bereid)\b/;
