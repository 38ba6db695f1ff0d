// A program whose memory is mostly garbage once promoted: about 25 MB alive for good, and 25
// rounds of objects that live long enough to reach the old generation, then die. Sets the V8
// flags given as its argument once started, as the CLI does, and prints its heap's peak in MiB.
import { getHeapStatistics, setFlagsFromString } from "node:v8";

if (process.argv[2]) setFlagsFromString(process.argv[2]);
const alive = Array.from({ length: 100 }, () => Array.from({ length: 10000 }, (_, i) => ({ i })));
let peak = 0;
let kept = 0;
for (let round = 0; round < 25; round++) {
  const generation = Array.from({ length: 25 }, () => Array.from({ length: 10000 }, (_, i) => ({ i, round })));
  for (let k = 0; k < 3; k++) kept += Array.from({ length: 25000 }, (_, i) => ({ i })).length;
  peak = Math.max(peak, getHeapStatistics().total_heap_size);
  kept += generation.length;
}
process.stdout.write(JSON.stringify({ peakMiB: Math.round(peak / 1048576), alive: alive.length, kept }));
