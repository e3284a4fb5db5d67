/**
 * What the teacher app needs from the server and for issuing cards, loaded after the first
 * paint: showing a stored card needs none of it.
 */
export { ApiError, fetchMe } from "../data/api";
export { updateMeta } from "../data/card-store";
export { obtainCard, syncCard } from "../data/teacher-card";
