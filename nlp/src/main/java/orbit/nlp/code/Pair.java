package orbit.nlp.code;

import orbit.nlp.resolve.ActorResolver.Resolution;

/** A source and a target actor of one event. */
record Pair(Resolution source, Resolution target) {}
