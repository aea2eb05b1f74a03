package orbit.nlp.code;

/**
 * A lexicon match in a parsed sentence: the trigger token, the predicate whose arguments carry the
 * actors (the verb itself, or the light verb of a noun: "held talks"), and the matched pattern.
 * {@code noun} is the trigger when it is a noun, else -1. {@code source} and {@code target} are the
 * heads a PETRARCH pattern marks with {@code $} and {@code +}, else -1. {@code refused}: the pattern's code is
 * the rejection of the act the text says the actor refuses (modality.tsv's refusal column).
 */
record Trigger(int token, int predicate, int noun, LexiconEntry pattern, int source, int target, boolean refused) {}
