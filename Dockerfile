# syntax=docker/dockerfile:1
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/waypost ./cmd/waypost

# Labels print Korean and Latin text with NanumGothic (TrueType, SIL OFL), found at
# Debian's path; the distroless image has no package manager, so the files come from here.
FROM debian:bookworm-slim AS fonts
RUN apt-get update -q && apt-get install -y -q --no-install-recommends fonts-nanum \
 && rm -rf /var/lib/apt/lists/*

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/waypost /usr/local/bin/waypost
COPY --from=fonts /usr/share/fonts/truetype/nanum/NanumGothic.ttf /usr/share/fonts/truetype/nanum/NanumGothicBold.ttf /usr/share/fonts/truetype/nanum/
COPY --from=fonts /usr/share/doc/fonts-nanum/copyright /usr/share/doc/fonts-nanum/copyright
ENV WAYPOST_ADDR=:8080 WAYPOST_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/waypost"]
CMD ["serve"]
