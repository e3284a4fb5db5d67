/** "Mis datos" and the agreement reader, loaded on demand. */
export { ConsentReader } from "./ConsentReader";
export { MyData } from "./MyData";
