/**
 * Ecuador's provinces by the two-digit code that starts a district code (`17D04` → Pichincha).
 * Proper names: the same in Spanish and English.
 */
const PROVINCES: Readonly<Record<string, string>> = {
  "01": "Azuay",
  "02": "Bolívar",
  "03": "Cañar",
  "04": "Carchi",
  "05": "Cotopaxi",
  "06": "Chimborazo",
  "07": "El Oro",
  "08": "Esmeraldas",
  "09": "Guayas",
  "10": "Imbabura",
  "11": "Loja",
  "12": "Los Ríos",
  "13": "Manabí",
  "14": "Morona Santiago",
  "15": "Napo",
  "16": "Pastaza",
  "17": "Pichincha",
  "18": "Tungurahua",
  "19": "Zamora Chinchipe",
  "20": "Galápagos",
  "21": "Sucumbíos",
  "22": "Orellana",
  "23": "Santo Domingo de los Tsáchilas",
  "24": "Santa Elena",
};

/** The province of a district code, or `null` for an unknown code. */
export function provinceOfDistrict(district: string): string | null {
  return PROVINCES[district.slice(0, 2)] ?? null;
}
