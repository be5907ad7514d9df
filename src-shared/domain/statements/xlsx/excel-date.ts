/**
 * Excel serial day numbers -> ISO dates, without Date objects or time zones. Serial 1 is
 * 1900-01-01 in the 1900 system; Excel counts a 29 February 1900 that never was (serial 60),
 * so serials from 61 on are days since 1899-12-30. The 1904 system (old Mac workbooks) starts
 * at 1904-01-01 = serial 0. The time of day (the fraction) is dropped.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  // A date-only cell is a whole number; tolerate float noise just below it.
  let days = Math.floor(serial + 1e-9);
  if (date1904) days += 1462;
  else if (days === 60) return null;
  else if (days < 60) days += 1;
  const iso = civilFromDays(days - 25569);
  return iso.startsWith('-') || iso > '9999' ? null : iso;
}

/** Days since 1970-01-01 -> YYYY-MM-DD (Howard Hinnant's civil_from_days). */
function civilFromDays(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
