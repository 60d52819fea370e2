/**
 * Thrown inside a run's commit when a record it updates or deletes has changed since the run read it: the
 * transaction rolls back and the run is run again on the new data (lib/runs/execute-run.ts).
 */
export class RecordConflict extends Error {
  constructor(readonly table: string) {
    super(`a record of ${table} was changed by another request meanwhile`);
    this.name = "RecordConflict";
  }
}
