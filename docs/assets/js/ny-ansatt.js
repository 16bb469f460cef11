/* Ny ansatt: avkrysningsliste som huskes i nettleseren (fremgang). Siden virker uten skriptet. */
