"""Lead images: one small SVG per event, drawn from a motif and two colours."""

# event id -> (short description for the docs, background top, background bottom, accent, motif)
EVENTS = {
    "e01-storm-ilse": ("Storm Ilse hits Ireland, Britain, France and Germany", "#3b4a5a", "#7d8fa3", "#e8eef4", "waves"),
    "e02-ecb-rate-cut": ("The European Central Bank cuts its deposit rate", "#1d3557", "#457b9d", "#f1c40f", "bars"),
    "e03-portugal-election": ("A snap election in Portugal", "#2d6a4f", "#95d5b2", "#ffffff", "ballot"),
    "e04-vantora-battery-recall": ("Vantora recalls e-bike batteries", "#22223b", "#4a4e69", "#ff6b35", "battery"),
    "e05-continental-cup-final": ("The Continental Cup football final", "#386641", "#6a994e", "#ffffff", "ball"),
    "e06-deep-sea-shark": ("A new glowing shark species in the Coral Sea", "#03045e", "#0077b6", "#90e0ef", "fish"),
    "e07-yarrandale-bushfire": ("The Yarrandale bushfire in Victoria", "#6a040f", "#e85d04", "#ffba08", "flame"),
    "e08-french-rail-strike": ("A national rail strike in France", "#3d405b", "#81b29a", "#f2cc8f", "train"),
    "e09-chatterly-court-ruling": ("The EU court ruling against Chatterly's ad tracking", "#2b2d42", "#8d99ae", "#edf2f4", "gavel"),
    "e10-halvern-chip-plant": ("Halvern's chip plant in Saxony", "#184e77", "#1e6091", "#52b69a", "chip"),
    "e11-whale-stranding": ("Pilot whales stranded in Tasmania", "#023e8a", "#48cae4", "#caf0f8", "fish"),
    "e12-lyon-museum-theft": ("Paintings stolen from a Lyon museum", "#5f0f40", "#9a031e", "#fb8b24", "frame"),
    "e13-antarctic-ice-shelf": ("An iceberg breaks off the Amery-Holt ice shelf", "#48cae4", "#caf0f8", "#ffffff", "ice"),
    "e14-brittany-tanker": ("A tanker runs aground off Brittany", "#14213d", "#5c677d", "#fca311", "ship"),
    "e15-harbour-pier-restoration": ("Saltbridge pier reopens (Harbour Gazette only)", "#ffb703", "#fb8500", "#023047", "building"),
    "e16-lakeside-library-reopens": ("Millbrook library reopens (Lakeside Tribune only)", "#588157", "#a3b18a", "#344e41", "building"),
    "e17-galway-cycle-lanes": ("Galway cycle lanes approved (Liffey Courier only)", "#2a9d8f", "#8ab17d", "#264653", "wheel"),
    "e18-sydney-ferry-timetable": ("Sydney ferry timetable changes (Southern Cross Daily only)", "#0077b6", "#00b4d8", "#ffffff", "ship"),
    "e19-tierpark-elefant": ("An elephant calf at Tierpark Rheinau (Rheinblick only)", "#606c38", "#dda15e", "#fefae0", "ball"),
    "e20-grande-maree": ("The spring tide draws shore fishers (Quotidien du Littoral only)", "#005f73", "#94d2bd", "#e9d8a6", "waves"),
    "e21-lake-algae-warning": ("Algae warning on Lake Erie beaches (Lakeside Tribune only)", "#2d6a4f", "#74c69d", "#d8f3dc", "waves"),
    "e22-cork-ferry-route": ("A new Cork ferry route (Liffey Courier only)", "#1b263b", "#415a77", "#e0e1dd", "ship"),
}


def motif(name, accent):
    a = accent
    shapes = {
        "waves": "".join(f'<path d="M0 {y} q75 -40 150 0 t150 0 t150 0 t150 0 t150 0 t150 0 t150 0 t150 0" '
                         f'fill="none" stroke="{a}" stroke-width="14" opacity="{o}"/>'
                         for y, o in ((380, 0.9), (450, 0.7), (520, 0.5))),
        "bars": "".join(f'<rect x="{180 + i * 170}" y="{560 - h}" width="110" height="{h}" fill="{a}" opacity="0.85"/>'
                        for i, h in enumerate((380, 330, 300, 250, 200))),
        "ballot": f'<rect x="420" y="250" width="360" height="300" fill="{a}"/><rect x="540" y="120" width="120" '
                  f'height="190" fill="{a}" opacity="0.7" transform="rotate(-8 600 215)"/>'
                  f'<rect x="500" y="240" width="200" height="18" fill="#333"/>',
        "battery": f'<rect x="380" y="200" width="420" height="230" rx="24" fill="none" stroke="{a}" stroke-width="22"/>'
                   f'<rect x="800" y="270" width="40" height="90" fill="{a}"/>'
                   f'<path d="M600 230 l-60 90 h60 l-40 90 l110 -120 h-60 l40 -60z" fill="{a}"/>',
        "ball": f'<circle cx="600" cy="315" r="190" fill="{a}"/><polygon points="600,230 680,290 650,385 550,385 520,290" '
                f'fill="#222"/>',
        "fish": f'<path d="M300 315 q250 -200 520 0 q-270 200 -520 0z" fill="{a}"/><polygon points="820,315 940,220 '
                f'940,410" fill="{a}"/><circle cx="400" cy="300" r="16" fill="#111"/>',
        "flame": f'<path d="M600 560 c-190 0 -230 -180 -120 -300 c0 90 60 110 80 80 c-40 -120 40 -210 100 -240 '
                 f'c-20 120 160 170 140 320 c-10 90 -80 140 -200 140z" fill="{a}"/>',
        "train": f'<rect x="250" y="230" width="700" height="220" rx="40" fill="{a}"/>'
                 + "".join(f'<rect x="{300 + i * 160}" y="270" width="110" height="80" fill="#333"/>' for i in range(4))
                 + f'<rect x="150" y="470" width="900" height="16" fill="{a}"/>',
        "gavel": f'<rect x="430" y="200" width="300" height="110" rx="20" fill="{a}" transform="rotate(-30 580 255)"/>'
                 f'<rect x="560" y="300" width="40" height="260" fill="{a}" transform="rotate(-30 580 430)"/>'
                 f'<rect x="380" y="500" width="300" height="40" fill="{a}"/>',
        "chip": f'<rect x="420" y="170" width="360" height="290" rx="16" fill="{a}"/>'
                + "".join(f'<rect x="{450 + i * 60}" y="130" width="20" height="370" fill="{a}"/>' for i in range(6))
                + '<rect x="480" y="220" width="240" height="190" fill="#0b2545"/>',
        "frame": f'<rect x="380" y="130" width="440" height="370" fill="none" stroke="{a}" stroke-width="34"/>'
                 f'<path d="M420 470 l120 -160 l90 110 l60 -70 l110 120z" fill="{a}" opacity="0.5"/>',
        "ice": f'<polygon points="250,480 420,250 560,300 700,180 950,480" fill="{a}"/>'
               f'<polygon points="820,520 900,430 990,520" fill="{a}" opacity="0.8"/>',
        "ship": f'<path d="M260 400 h680 l-90 120 h-500z" fill="{a}"/><rect x="520" y="250" width="220" height="150" '
                f'fill="{a}" opacity="0.8"/><rect x="600" y="180" width="40" height="80" fill="{a}"/>',
        "building": f'<rect x="350" y="250" width="500" height="280" fill="{a}"/><polygon points="320,250 600,120 880,250" '
                    f'fill="{a}"/>' + "".join(f'<rect x="{400 + i * 110}" y="330" width="60" height="200" fill="#fff" '
                                             f'opacity="0.5"/>' for i in range(4)),
        "wheel": f'<circle cx="420" cy="380" r="130" fill="none" stroke="{a}" stroke-width="20"/>'
                 f'<circle cx="780" cy="380" r="130" fill="none" stroke="{a}" stroke-width="20"/>'
                 f'<path d="M420 380 l120 -170 h160 l80 170 M540 210 l-60 -30" fill="none" stroke="{a}" stroke-width="20"/>',
    }
    return shapes[name]


def svg(event):
    _, top, bottom, accent, shape = EVENTS[event]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">'
            f'<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{top}"/>'
            f'<stop offset="1" stop-color="{bottom}"/></linearGradient></defs>'
            f'<rect width="1200" height="630" fill="url(#g)"/>{motif(shape, accent)}</svg>\n')
