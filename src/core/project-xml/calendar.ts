/** The standard calendar an export carries: the ruleset's working days, 08:00–12:00 and 13:00–17:00. */
import type { MspdiCalendar } from "./mspdi";

/**
 * The base calendar "Standard". MSPDI numbers weekdays 1 = Sunday … 7 = Saturday; the ruleset 0 =
 * Monday … 6 = Sunday. A working day other than 8 hours keeps the morning and shifts the afternoon.
 */
export function standardCalendar(uid: number, workingDays: readonly number[], hoursPerDay: number): MspdiCalendar {
  const afternoonEnd = 13 * 60 + Math.max(0, hoursPerDay * 60 - 240);
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00`;
  const times = hoursPerDay <= 4 ? [{ from: "08:00:00", to: clock(8 * 60 + hoursPerDay * 60) }] : [{ from: "08:00:00", to: "12:00:00" }, { from: "13:00:00", to: clock(Math.min(afternoonEnd, 24 * 60 - 1)) }];
  const weekDays = [1, 2, 3, 4, 5, 6, 7].map((dayType) => {
    const ours = (dayType + 5) % 7; // Sunday (1) is our 6, Monday (2) our 0
    const working = workingDays.includes(ours);
    return { dayType, working, times: working ? times : [] };
  });
  return { uid, name: "Standard", isBase: true, weekDays };
}
