import { load, show, kindOfAction } from '/work/tools/common.ts';
const L = await load(process.env.ROOT ?? '/work/wt/sh37');
for (const c of L.cases) { if (L.isHeldOut(c.id)) continue; if (c.label !== 'benign') continue; if (!['command'].includes(c.input_type)) continue; if (kindOfAction(c.input_type, c.input) !== 'shell') continue; const o = L.decide(c); if (o.decision === 'benign') continue; console.log(o.decision.padEnd(11), c.file.replace(/.*\//,''), c.id, show(c).slice(0,150), '::', o.reason.slice(0, 110)); }
