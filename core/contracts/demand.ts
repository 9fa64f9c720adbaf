/**
 * What the public statistics count of a submission: its kind, FA-region, occupation groups and number.
 */
export const demandKinds = ['loi', 'behov', 'brist'] as const;
export type DemandKind = (typeof demandKinds)[number];

export interface Demand {
  kind: DemandKind;
  fa: string;
  /** SSYK 2012 unit groups (four digits) of the submission, each once. */
  ssyk: string[];
  /** Positions for an LOI; 1 for a needs signal or gap report. */
  count: number;
}
